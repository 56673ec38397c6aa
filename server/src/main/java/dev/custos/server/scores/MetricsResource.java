package dev.custos.server.scores;

import dev.custos.server.identity.Caller;
import dev.custos.server.identity.Role;
import dev.custos.server.problem.Messages;
import dev.custos.server.problem.Violations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** NPS, CSAT and CES, overall and grouped. Account-team members see only their accounts. */
@Path("/metrics")
@Dependent
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.CX_ADMIN, Role.ANALYST, Role.ACCOUNT_TEAM})
@Tag(name = "Metrics")
public class MetricsResource {

  private static final String GROUP_BY_DOC =
      "Comma-separated: account, touchpoint, channel, product, region, month";
  private static final String FROM_DOC = "First day, inclusive (YYYY-MM-DD, UTC)";
  private static final String TO_DOC = "Last day, inclusive (YYYY-MM-DD, UTC)";

  private final ScoreReports reports;
  private final Caller caller;
  @Context private HttpHeaders headers;

  @Inject
  public MetricsResource(ScoreReports reports, Caller caller) {
    this.reports = reports;
    this.caller = caller;
  }

  @GET
  @Path("/nps")
  @Operation(
      summary = "Net promoter score",
      description =
          "% promoters (9-10) minus % detractors (0-6), with counts and the 95% margin of error.")
  public Report<Scores.Nps> nps(
      @Parameter(description = GROUP_BY_DOC) @QueryParam("groupBy") String groupBy,
      @Parameter(description = FROM_DOC) @QueryParam("from") String from,
      @Parameter(description = TO_DOC) @QueryParam("to") String to) {
    return reports.nps(request(Metric.NPS, groupBy, from, to));
  }

  @GET
  @Path("/csat")
  @Operation(summary = "Customer satisfaction", description = "% of 4-5 answers on a 1-5 scale.")
  public Report<Scores.Csat> csat(
      @Parameter(description = GROUP_BY_DOC) @QueryParam("groupBy") String groupBy,
      @Parameter(description = FROM_DOC) @QueryParam("from") String from,
      @Parameter(description = TO_DOC) @QueryParam("to") String to) {
    return reports.csat(request(Metric.CSAT, groupBy, from, to));
  }

  @GET
  @Path("/ces")
  @Operation(summary = "Customer effort score", description = "Mean answer on a 1-7 scale.")
  public Report<Scores.Ces> ces(
      @Parameter(description = GROUP_BY_DOC) @QueryParam("groupBy") String groupBy,
      @Parameter(description = FROM_DOC) @QueryParam("from") String from,
      @Parameter(description = TO_DOC) @QueryParam("to") String to) {
    return reports.ces(request(Metric.CES, groupBy, from, to));
  }

  private ScoreReports.Request request(Metric metric, String groupBy, String from, String to) {
    Violations violations = new Violations(Messages.choose(headers.getAcceptableLanguages()));
    List<Dimension> dimensions = new ArrayList<>();
    if (groupBy != null && !groupBy.isBlank()) {
      for (String name : groupBy.split(",")) {
        Optional<Dimension> dimension = Dimension.of(name.strip());
        if (dimension.isEmpty()) {
          violations.add("groupBy", "one-of", Dimension.names());
        } else if (!dimensions.contains(dimension.get())) {
          dimensions.add(dimension.get());
        }
      }
    }
    LocalDate fromDate = date(from, "from", violations);
    LocalDate toDate = date(to, "to", violations);
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      violations.add("to", "date-order");
    }
    violations.throwIfAny();
    return new ScoreReports.Request(
        metric, List.copyOf(dimensions), fromDate, toDate, caller.accountScope());
  }

  private static LocalDate date(String value, String field, Violations violations) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      violations.add(field, "date");
      return null;
    }
  }
}
