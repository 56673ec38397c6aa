/**
 * One connector's runs, in plain Java: a database or REST poll reads every page after the committed
 * watermark, a file run reads one dropped file; both feed the ingestion pipeline and keep the
 * connector's status. The Camel routes only trigger these runs.
 */
package dev.custos.connectors.run;
