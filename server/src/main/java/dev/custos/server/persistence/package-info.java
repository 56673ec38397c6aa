/**
 * The database: the data source (H2 file by default, PostgreSQL by configuration), the entity
 * manager producer and the Flyway migrations that own the schema.
 */
package dev.custos.server.persistence;
