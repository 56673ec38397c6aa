/**
 * Field classification: the five classes every inbound field is sorted into (identifier, contact,
 * sensitive, free text, operational) and the policy, read from a policy pack, that says which
 * purposes may use a field of each class.
 */
package dev.custos.policies.classification;
