package dev.custos.installer.cli;

import dev.custos.installer.api.ApiException;
import dev.custos.installer.audit.AuditReadException;
import dev.custos.installer.launch.LaunchException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Shows failures the user can act on as one message and exit code 1, without a stack trace. Any
 * other exception is a bug and keeps picocli's default handling.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {

  static final int FAILED = 1;

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) throws Exception {
    if (exception instanceof LaunchException
        || exception instanceof ApiException
        || exception instanceof AuditReadException) {
      commandLine.getErr().println("custos: " + exception.getMessage());
      commandLine.getErr().flush();
      return FAILED;
    }
    throw exception;
  }
}
