package dev.custos.server.accountability;

import dev.custos.server.audit.AuditEvent;
import dev.custos.server.audit.AuditTrail;
import dev.custos.server.identity.Role;
import dev.custos.server.problem.Messages;
import dev.custos.server.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The records of processing and the impact assessment draft, generated from the live configuration
 * on every request, as Markdown or PDF, in English or Simplified Chinese ({@code lang=zh-CN} or
 * {@code Accept-Language}).
 */
@Path("/accountability")
@Dependent
@RolesAllowed({Role.COMPLIANCE_OFFICER, Role.AUDITOR})
@Tag(name = "Accountability")
public class AccountabilityResource {

  static final String MARKDOWN = "text/markdown; charset=UTF-8";
  static final String PDF = "application/pdf";

  private final LiveConfiguration configuration;
  private final AuditTrail audit;
  @Context private HttpHeaders headers;

  @Inject
  public AccountabilityResource(LiveConfiguration configuration, AuditTrail audit) {
    this.configuration = configuration;
    this.audit = audit;
  }

  @GET
  @Path("/records-of-processing")
  @Produces({MARKDOWN, PDF})
  @Transactional
  @Operation(
      summary = "Records of processing activities (GDPR Art. 30)",
      description = "format=md (default) or pdf; lang=en or zh-CN (default: Accept-Language).")
  public Response recordsOfProcessing(
      @QueryParam("format") @DefaultValue("md") String format, @QueryParam("lang") String lang) {
    return document("records-of-processing", RecordsOfProcessing::build, format, lang);
  }

  @GET
  @Path("/impact-assessment")
  @Produces({MARKDOWN, PDF})
  @Transactional
  @Operation(
      summary = "Personal information impact assessment draft (PIPL Art. 55-56)",
      description = "format=md (default) or pdf; lang=en or zh-CN (default: Accept-Language).")
  public Response impactAssessment(
      @QueryParam("format") @DefaultValue("md") String format, @QueryParam("lang") String lang) {
    return document("impact-assessment", ImpactAssessment::build, format, lang);
  }

  private Response document(
      String name, BiFunction<Facts, Lang, Doc> builder, String format, String langParam) {
    Lang lang = language(langParam);
    boolean pdf =
        switch (format.strip().toLowerCase(Locale.ROOT)) {
          case "md", "markdown" -> false;
          case "pdf" -> true;
          default -> throw ProblemException.badRequest("unsupported-document-format");
        };
    Doc doc = builder.apply(configuration.facts(), lang);
    audit.record(AuditEvent.success("accountability.export", "document", name));
    String file = name + (lang == Lang.ZH ? ".zh-CN" : ".en") + (pdf ? ".pdf" : ".md");
    Response.ResponseBuilder answer =
        pdf
            ? Response.ok(PdfRendering.write(doc, lang), PDF)
            : Response.ok(MarkdownWriter.write(doc).getBytes(StandardCharsets.UTF_8), MARKDOWN);
    return answer
        .header("Content-Disposition", "inline; filename=\"" + file + "\"")
        .header("Content-Language", lang == Lang.ZH ? "zh-CN" : "en")
        .build();
  }

  private Lang language(String langParam) {
    if (langParam != null && !langParam.isBlank()) {
      return Lang.of(Locale.forLanguageTag(langParam.strip()));
    }
    List<Locale> acceptable = headers.getAcceptableLanguages();
    return Lang.of(Messages.choose(acceptable));
  }
}
