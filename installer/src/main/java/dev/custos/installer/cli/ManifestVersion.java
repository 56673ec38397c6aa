package dev.custos.installer.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, which the build writes. */
final class ManifestVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = Custos.class.getPackage().getImplementationVersion();
    return new String[] {
      "custos " + (version == null ? "(development build)" : version), "Java " + Runtime.version()
    };
  }
}
