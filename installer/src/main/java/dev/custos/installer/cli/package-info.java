/**
 * The {@code custos} command line (picocli): {@code start} runs the server in the foreground,
 * {@code demo} runs it with generated demo data and explains how to try it. Everything the user
 * reads is written here, through picocli's writers; the work is done by the {@code launch}, {@code
 * api} and {@code demo} packages.
 */
package dev.custos.installer.cli;
