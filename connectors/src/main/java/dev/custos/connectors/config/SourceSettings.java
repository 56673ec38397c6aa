package dev.custos.connectors.config;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** Where a connector reads from; one kind of settings per {@link ConnectorKind}. */
public sealed interface SourceSettings {

  /** Rows per page (database) or per batch (files): one sink transaction each. */
  int pageSize();

  /**
   * A database read with plain JDBC. Either {@code table} or {@code query} is set; a query is
   * wrapped as a derived table, so both are paged the same way: ordered by the watermark columns
   * and read after the last committed watermark.
   */
  record Database(
      String url,
      String user,
      SecretReference password,
      Optional<String> table,
      Optional<String> query,
      List<String> watermarkColumns,
      int pageSize)
      implements SourceSettings {
    public Database {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(query, "query");
      watermarkColumns = List.copyOf(watermarkColumns);
      if (table.isPresent() == query.isPresent()) {
        throw new IllegalArgumentException("A database source has either a table or a query");
      }
      if (watermarkColumns.isEmpty()) {
        throw new IllegalArgumentException("A database source has watermark columns");
      }
    }

    @Override
    public String toString() {
      return "Database[" + table.orElse("(query)") + ", watermark=" + watermarkColumns + "]";
    }
  }

  /**
   * Files dropped in a directory, moved to {@code done} or {@code failed} once read. With {@code
   * sftp} the three directories are paths on that SFTP server; else they are local.
   */
  record Files(
      Path directory,
      Pattern pattern,
      FileFormat format,
      Charset encoding,
      Path doneDirectory,
      Path failedDirectory,
      int pageSize,
      Optional<SftpServer> sftp)
      implements SourceSettings {
    public Files {
      Objects.requireNonNull(directory, "directory");
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(encoding, "encoding");
      Objects.requireNonNull(doneDirectory, "doneDirectory");
      Objects.requireNonNull(failedDirectory, "failedDirectory");
      Objects.requireNonNull(sftp, "sftp");
    }

    /** Files in local directories. */
    public Files(
        Path directory,
        Pattern pattern,
        FileFormat format,
        Charset encoding,
        Path doneDirectory,
        Path failedDirectory,
        int pageSize) {
      this(
          directory,
          pattern,
          format,
          encoding,
          doneDirectory,
          failedDirectory,
          pageSize,
          Optional.empty());
    }
  }

  /**
   * An SFTP server holding dropped files.
   *
   * @param knownHostsFile the known_hosts file the server's host key is checked against; empty only
   *     with {@code strictHostKeyChecking} off, which is for tests
   */
  record SftpServer(
      String host,
      int port,
      String user,
      SftpCredential credential,
      Optional<Path> knownHostsFile,
      boolean strictHostKeyChecking) {
    public SftpServer {
      Objects.requireNonNull(host, "host");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(credential, "credential");
      Objects.requireNonNull(knownHostsFile, "knownHostsFile");
      if (strictHostKeyChecking && knownHostsFile.isEmpty()) {
        throw new IllegalArgumentException("Strict host key checking needs a known_hosts file");
      }
    }
  }

  /** How the connector logs in to its SFTP server. */
  sealed interface SftpCredential {

    /** A password, read when the connector starts. */
    record Password(SecretReference password) implements SftpCredential {
      public Password {
        Objects.requireNonNull(password, "password");
      }
    }

    /** A private key file (OpenSSH or PEM, without a passphrase) readable by the server only. */
    record PrivateKey(Path keyFile) implements SftpCredential {
      public PrivateKey {
        Objects.requireNonNull(keyFile, "keyFile");
      }
    }
  }

  /**
   * A paged JSON API read over HTTP. Each page's items are found at {@code itemsField} (a dotted
   * path such as {@code data} or {@code result.items}); the position after each page is committed
   * with its records.
   *
   * @param baseUrl scheme, host and port; plain http is accepted for the loopback host only
   * @param path the resource path, appended to the base URL
   * @param timeout how long one request may take, connection included
   */
  record Rest(
      URI baseUrl,
      String path,
      Paging paging,
      String itemsField,
      Optional<Auth> auth,
      Position position,
      Duration timeout,
      int pageSize)
      implements SourceSettings {
    public Rest {
      Objects.requireNonNull(baseUrl, "baseUrl");
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(paging, "paging");
      Objects.requireNonNull(itemsField, "itemsField");
      Objects.requireNonNull(auth, "auth");
      Objects.requireNonNull(position, "position");
      Objects.requireNonNull(timeout, "timeout");
      if (position instanceof Position.LastCursor && !(paging instanceof Paging.Cursor)) {
        throw new IllegalArgumentException("A cursor watermark needs cursor paging");
      }
    }

    /** How the API is paged. */
    public sealed interface Paging {

      /** The query parameter that sends the page size, if the API takes one. */
      Optional<String> sizeParameter();

      /**
       * The response names the next page: {@code field} (a dotted path) holds the cursor, sent back
       * in the query parameter {@code parameter}; no cursor means the last page.
       */
      record Cursor(String field, String parameter, Optional<String> sizeParameter)
          implements Paging {
        public Cursor {
          Objects.requireNonNull(field, "field");
          Objects.requireNonNull(parameter, "parameter");
          Objects.requireNonNull(sizeParameter, "sizeParameter");
        }
      }

      /**
       * Numbered pages: {@code parameter} sends the page number (from 1) or, with {@code offset},
       * the index of the first item (from 0). A short or empty page is the last one.
       */
      record Pages(String parameter, Optional<String> sizeParameter, boolean offset)
          implements Paging {
        public Pages {
          Objects.requireNonNull(parameter, "parameter");
          Objects.requireNonNull(sizeParameter, "sizeParameter");
        }
      }
    }

    /** How requests are authenticated; the secret is read at each run. */
    public sealed interface Auth {

      /** {@code Authorization: Bearer <token>}. */
      record Bearer(SecretReference token) implements Auth {
        public Bearer {
          Objects.requireNonNull(token, "token");
        }
      }

      /** {@code Authorization: Basic}, user and password. */
      record Basic(String user, SecretReference password) implements Auth {
        public Basic {
          Objects.requireNonNull(user, "user");
          Objects.requireNonNull(password, "password");
        }
      }
    }

    /** What a run resumes from. */
    public sealed interface Position {

      /** The cursor of the next page to read, committed after each page. */
      record LastCursor() implements Position {}

      /**
       * The greatest {@code field} (a dotted path in each item, ISO-8601 text or a number) seen so
       * far, sent in the query parameter {@code parameter}; the API returns the items updated at or
       * after it, and repeats are discarded as duplicates.
       */
      record UpdatedSince(String field, String parameter) implements Position {
        public UpdatedSince {
          Objects.requireNonNull(field, "field");
          Objects.requireNonNull(parameter, "parameter");
        }
      }
    }

    @Override
    public String toString() {
      return "Rest[" + baseUrl + path + ", paging=" + paging + ", position=" + position + "]";
    }
  }

  /**
   * A RabbitMQ queue. Messages are JSON objects; each batch is acknowledged only once its records
   * are committed, so a crash before that means redelivery, and the sink's idempotency turns the
   * redelivered ones into duplicates.
   *
   * @param url {@code amqps://host:port/vhost} (plain {@code amqp} for the loopback host only),
   *     without credentials
   * @param pageSize messages per batch (one sink transaction), also the unacknowledged messages the
   *     broker may send ahead
   */
  record RabbitMq(URI url, String queue, String user, SecretReference password, int pageSize)
      implements SourceSettings {
    public RabbitMq {
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(queue, "queue");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
      return "RabbitMq[" + url + ", queue=" + queue + "]";
    }
  }

  /**
   * A Kafka topic read by a consumer group. Messages are JSON objects; offsets are committed only
   * once the records of a batch are committed, so a crash before that means redelivery, and the
   * sink's idempotency turns the redelivered ones into duplicates.
   *
   * @param bootstrapServers {@code host:port} of one or more brokers
   * @param tls whether connections use TLS; off for the loopback host only
   * @param login SASL credentials, if the brokers require them
   * @param pageSize records per batch (one sink transaction)
   */
  record Kafka(
      List<String> bootstrapServers,
      String topic,
      String consumerGroup,
      boolean tls,
      Optional<KafkaLogin> login,
      int pageSize)
      implements SourceSettings {
    public Kafka {
      bootstrapServers = List.copyOf(bootstrapServers);
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(consumerGroup, "consumerGroup");
      Objects.requireNonNull(login, "login");
      if (bootstrapServers.isEmpty()) {
        throw new IllegalArgumentException("A Kafka source has bootstrap servers");
      }
    }

    @Override
    public String toString() {
      return "Kafka[" + bootstrapServers + ", topic=" + topic + ", group=" + consumerGroup + "]";
    }
  }

  /**
   * A SASL login to Kafka brokers.
   *
   * @param mechanism {@code PLAIN}, {@code SCRAM-SHA-256} or {@code SCRAM-SHA-512}
   */
  record KafkaLogin(String mechanism, String user, SecretReference password) {
    public KafkaLogin {
      Objects.requireNonNull(mechanism, "mechanism");
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
    }
  }
}
