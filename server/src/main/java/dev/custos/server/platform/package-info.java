/** Application wiring: the REST application, configuration and start-up order. */
package dev.custos.server.platform;
