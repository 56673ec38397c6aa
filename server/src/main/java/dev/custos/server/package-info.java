/**
 * The Custos server: the Jakarta EE application run by Payara Micro. Packages are features
 * (accounts, feedback, scores, identity); {@code platform}, {@code persistence} and {@code problem}
 * hold what every feature shares.
 */
package dev.custos.server;
