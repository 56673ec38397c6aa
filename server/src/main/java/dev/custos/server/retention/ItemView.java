package dev.custos.server.retention;

import java.time.Instant;
import java.util.UUID;

/**
 * What a run decided for one data category of one stored record, and why. Ids only: the record id
 * and the pseudonymous subject id, never a personal value.
 *
 * @param decision {@code act}, {@code hold} or {@code keep}
 * @param action for {@code act}: {@code delete}, {@code anonymise}, {@code crypto-shred} (the
 *     subject's data key is destroyed) or {@code delete-fields} (crypto-shred was due but other
 *     data of the subject is not, so only this category's fields are deleted)
 * @param rule the rule applied, for example "comments: P2Y from collection, then anonymise"
 * @param holdId the legal hold that blocked the action, for {@code hold}
 * @param explanation one line that says it all
 */
public record ItemView(
    long seq,
    UUID recordId,
    String category,
    String subjectId,
    String decision,
    String action,
    String rule,
    Instant deadline,
    String holdId,
    String explanation) {}
