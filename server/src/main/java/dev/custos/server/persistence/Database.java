package dev.custos.server.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one data source. Which database is used is decided by configuration alone: {@code
 * custos.db.url} (and its user and password); the data source class follows from the URL ({@link
 * DatabaseConfigSource}), and so do the driver settings it connects with ({@link
 * DatabaseUrlSource}). The persistence unit on top of it is injected with {@code @Inject
 * EntityManager}: Jakarta Persistence 3.2 makes it a CDI bean.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = "java:app/jdbc/custos",
    className = "${MPCONFIG=custos.db.datasource-class}",
    url = "${MPCONFIG=custos.db.connection-url}",
    user = "${MPCONFIG=custos.db.user}",
    password = "${MPCONFIG=custos.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    maxIdleTime = 300)
public class Database {}
