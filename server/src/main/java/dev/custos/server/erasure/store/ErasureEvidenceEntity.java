package dev.custos.server.erasure.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The stored evidence pack of one erasure. */
@Entity
@Table(name = "erasure_evidence")
public class ErasureEvidenceEntity {

  @Id
  @Column(name = "request_reference", length = 128)
  private String requestReference;

  @Column(name = "subject_id", nullable = false, length = 64)
  private String subjectId;

  @Column(name = "erased_at", nullable = false)
  private Instant erasedAt;

  @Column(name = "destroyed_key_ids", nullable = false, length = 1000)
  private String destroyedKeyIds;

  @Column(name = "suppressed_digests", nullable = false)
  private int suppressedDigests;

  @Column(name = "journal_line_hash", nullable = false, length = 64)
  private String journalLineHash;

  @Column(name = "replayed_at")
  private Instant replayedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "erasure_evidence_item",
      joinColumns = @JoinColumn(name = "request_reference"))
  @OrderColumn(name = "position")
  private List<EvidenceItemRow> items = new ArrayList<>();

  protected ErasureEvidenceEntity() {}

  ErasureEvidenceEntity(
      String requestReference,
      String subjectId,
      Instant erasedAt,
      String destroyedKeyIds,
      int suppressedDigests,
      String journalLineHash,
      Instant replayedAt,
      List<EvidenceItemRow> items) {
    this.requestReference = requestReference;
    this.subjectId = subjectId;
    this.erasedAt = erasedAt;
    this.destroyedKeyIds = destroyedKeyIds;
    this.suppressedDigests = suppressedDigests;
    this.journalLineHash = journalLineHash;
    this.replayedAt = replayedAt;
    this.items = new ArrayList<>(items);
  }

  String requestReference() {
    return requestReference;
  }

  String subjectId() {
    return subjectId;
  }

  Instant erasedAt() {
    return erasedAt;
  }

  String destroyedKeyIds() {
    return destroyedKeyIds;
  }

  int suppressedDigests() {
    return suppressedDigests;
  }

  String journalLineHash() {
    return journalLineHash;
  }

  Instant replayedAt() {
    return replayedAt;
  }

  List<EvidenceItemRow> items() {
    return items;
  }
}
