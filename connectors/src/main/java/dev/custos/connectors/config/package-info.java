/**
 * Connector configuration: one YAML file per connector, read into typed records and validated at
 * load. Every problem names the file, the line and the field, and all problems of a file are
 * reported together so that an administrator fixes a file in one pass. Passwords are only ever
 * references to a file or an environment variable, never literals.
 */
package dev.custos.connectors.config;
