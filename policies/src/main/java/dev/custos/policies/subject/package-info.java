/**
 * Data subjects as the privacy core knows them: by a pseudonymous id, never by name or contact
 * details. The id links a person's records across systems ("one customer view") without saying who
 * the person is.
 */
package dev.custos.policies.subject;
