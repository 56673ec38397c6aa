package dev.custos.connectors.source;

import dev.custos.connectors.ingest.ConnectorException;
import dev.custos.connectors.port.Watermark;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the values of the watermark columns of a row as a watermark, and binds them back as typed
 * parameters. Each value carries its type ({@code t:} date-time, {@code d:} date, {@code o:} offset
 * date-time, {@code n:} number, {@code s:} text) so that the comparison in SQL is the column's own,
 * not a text comparison.
 */
final class WatermarkCodec {

  private WatermarkCodec() {}

  static Watermark encode(String connectorId, List<Object> values) {
    List<String> parts = new ArrayList<>(values.size());
    for (Object value : values) {
      parts.add(URLEncoder.encode(typed(connectorId, value), StandardCharsets.UTF_8));
    }
    String text = String.join("|", parts);
    if (text.length() > 512) {
      throw new ConnectorException(
          "Connector "
              + connectorId
              + ": the watermark is longer than 512 characters;"
              + " choose shorter watermark columns such as updated_at and id");
    }
    return new Watermark(text);
  }

  static int size(Watermark watermark) {
    return watermark.value().split("\\|", -1).length;
  }

  /** Binds the watermark's values as parameters {@code from}, {@code from + 1}, .... */
  static void bind(PreparedStatement statement, int index, Watermark watermark, int part)
      throws SQLException {
    String typed =
        URLDecoder.decode(watermark.value().split("\\|", -1)[part], StandardCharsets.UTF_8);
    String value = typed.substring(2);
    switch (typed.charAt(0)) {
      case 't' -> statement.setObject(index, LocalDateTime.parse(value));
      case 'd' -> statement.setObject(index, LocalDate.parse(value));
      case 'o' -> statement.setObject(index, OffsetDateTime.parse(value));
      case 'n' -> bindNumber(statement, index, value);
      default -> statement.setString(index, value);
    }
  }

  private static void bindNumber(PreparedStatement statement, int index, String value)
      throws SQLException {
    try {
      statement.setLong(index, Long.parseLong(value));
    } catch (NumberFormatException e) {
      statement.setBigDecimal(index, new BigDecimal(value));
    }
  }

  private static String typed(String connectorId, Object value) {
    return switch (value) {
      case null ->
          throw new ConnectorException(
              "Connector "
                  + connectorId
                  + ": a watermark column is NULL in a row;"
                  + " watermark columns must be NOT NULL");
      case Timestamp t -> "t:" + t.toLocalDateTime();
      case LocalDateTime t -> "t:" + t;
      case java.sql.Date d -> "d:" + d.toLocalDate();
      case LocalDate d -> "d:" + d;
      case OffsetDateTime o -> "o:" + o;
      case BigDecimal n -> "n:" + n.toPlainString();
      case Number n -> "n:" + n;
      default -> "s:" + value;
    };
  }
}
