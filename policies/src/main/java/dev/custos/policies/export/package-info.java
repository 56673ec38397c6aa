/**
 * What a data subject receives when they ask for their data (access, GDPR Art. 15; portability,
 * Art. 20; PIPL Art. 45): the content of the export ({@link SubjectExport}) and its archive format
 * ({@link ExportArchive}, a zip with JSON for machines, CSV for people and a bilingual read-me).
 * Plain Java, so the format is tested and measured without a server; the server decrypts the values
 * and streams the archive to the caller, never to disk.
 */
package dev.custos.policies.export;
