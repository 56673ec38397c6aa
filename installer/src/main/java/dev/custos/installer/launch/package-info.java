/**
 * Starting the server: the distribution's layout, the Payara Micro command line with the server's
 * settings as system properties, the child process and its shutdown, and waiting until the server
 * reports ready (or dies, or takes too long).
 */
package dev.custos.installer.launch;
