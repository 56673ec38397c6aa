package dev.custos.connectors.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custos.connectors.ingest.SourceEntry;
import dev.custos.connectors.ingest.SourceUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The acknowledgement rule of broker connectors, without a broker or Camel. */
class BrokerDrainTest {

  private final List<FakeClient> opened = new ArrayList<>();
  private final Deque<List<BrokerMessage>> waiting = new ArrayDeque<>();
  private final List<String> events = new ArrayList<>();

  @Test
  void acknowledgesEachBatchOnlyAfterItWasTakenIn() {
    waiting.add(List.of(message("q:1", "{\"id\": \"a\"}"), message("q:2", "{\"id\": \"b\"}")));
    waiting.add(List.of(message("q:3", "{\"id\": \"c\"}")));

    drain().run((page, watermark) -> events.add("stored " + page.size()));

    assertThat(events).containsExactly("stored 2", "ack 2", "stored 1", "ack 1");
  }

  @Test
  void aFailedBatchIsNotAcknowledgedAndTheConnectionIsReplaced() {
    waiting.add(List.of(message("q:1", "{\"id\": \"a\"}")));
    BrokerDrain drain = drain();

    assertThatThrownBy(
            () ->
                drain.run(
                    (page, watermark) -> {
                      throw new IllegalStateException("database down");
                    }))
        .hasMessage("database down");
    waiting.add(List.of(message("q:1", "{\"id\": \"a\"}")));
    drain.run((page, watermark) -> events.add("stored " + page.size()));

    assertThat(events).containsExactly("closed", "stored 1", "ack 1");
    assertThat(opened).hasSize(2);
  }

  @Test
  void anUnreachableBrokerFailsTheRun() {
    BrokerDrain drain =
        new BrokerDrain(
            10,
            Duration.ZERO,
            () -> {
              throw new SourceUnavailableException("unreachable", new java.io.IOException());
            });

    assertThatThrownBy(() -> drain.run((page, watermark) -> {}))
        .isInstanceOf(SourceUnavailableException.class);
  }

  @Test
  void malformedBodiesBecomeMalformedEntriesAndMetadataBecomesColumns() {
    List<SourceEntry> taken = new ArrayList<>();
    waiting.add(
        List.of(
            new BrokerMessage(
                "t:0@7",
                "{\"name\": \"张伟\", \"contact\": {\"email\": \"z@example.com\"}}"
                    .getBytes(StandardCharsets.UTF_8),
                Map.of("$position", "0@7")),
            message("t:0@8", "not json"),
            message("t:0@9", "[1]"),
            new BrokerMessage("t:0@10", new byte[] {(byte) 0xC3, (byte) 0x28}, Map.of())));

    drain().run((page, watermark) -> taken.addAll(page));

    SourceEntry.Row row = (SourceEntry.Row) taken.get(0);
    assertThat(row.values())
        .containsEntry("name", "张伟")
        .containsEntry("contact.email", "z@example.com")
        .containsEntry("$position", "0@7");
    assertThat(taken.subList(1, 4))
        .extracting(e -> ((SourceEntry.Malformed) e).problem())
        .containsExactly(
            "t:0@8: the message body is not valid JSON",
            "t:0@9: the message body is not a JSON object",
            "t:0@10: the message body is not UTF-8 text");
  }

  private BrokerDrain drain() {
    return new BrokerDrain(
        10,
        Duration.ZERO,
        () -> {
          FakeClient client = new FakeClient();
          opened.add(client);
          return client;
        });
  }

  private static BrokerMessage message(String position, String body) {
    return new BrokerMessage(position, body.getBytes(StandardCharsets.UTF_8), Map.of());
  }

  private final class FakeClient implements BrokerClient {
    @Override
    public List<BrokerMessage> fetch(int max, Duration wait) {
      List<BrokerMessage> batch = waiting.poll();
      return batch == null ? List.of() : batch;
    }

    @Override
    public void acknowledge(List<BrokerMessage> batch) {
      events.add("ack " + batch.size());
    }

    @Override
    public void close() {
      events.add("closed");
    }
  }
}
