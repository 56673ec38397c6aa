package dev.custos.installer.api;

import java.util.List;

/**
 * The body of {@code POST /api/v1/responses/bulk}.
 *
 * @param responses at most {@value CustosApiClient#MAX_BULK_SIZE} responses
 */
record BulkRequest(List<ResponseRequest> responses) {}
