/** MicroProfile Health checks that data-centre monitoring polls. */
package dev.custos.server.health;
