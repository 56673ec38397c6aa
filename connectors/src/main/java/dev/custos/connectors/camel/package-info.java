/**
 * The Camel wiring of connectors: one Camel context owned by {@code ConnectorRuntime}, one shared
 * route configuration (retries with exponential back-off, data-free logging) and one thin route per
 * connector that triggers its runs. No route logs a body: bodies hold personal data.
 */
package dev.custos.connectors.camel;
