/**
 * Reading YAML files that people edit (policy packs, retention rules, connector files) so that
 * every problem is reported at once as {@code file:line: field: message}. {@link
 * dev.custos.policies.yaml.YamlMap} reads a mapping key by key into a {@link
 * dev.custos.policies.yaml.YamlProblems} collector; each loader supplies a {@link
 * dev.custos.policies.yaml.YamlWording} so that its messages stay as they are documented.
 */
package dev.custos.policies.yaml;
