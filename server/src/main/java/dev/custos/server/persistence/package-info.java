/**
 * The database: the data source (H2 file by default, PostgreSQL by configuration), configuration
 * sources that derive its settings, and the Flyway migrations that own the schema.
 */
package dev.custos.server.persistence;
