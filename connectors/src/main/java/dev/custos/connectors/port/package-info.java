/**
 * The ports through which connectors reach the server: the server implements them (with its
 * database), connectors call them, and tests use in-memory fakes. They speak in the privacy core's
 * types: records arrive here only after the privacy gate.
 */
package dev.custos.connectors.port;
