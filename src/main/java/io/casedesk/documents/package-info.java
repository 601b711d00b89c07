/**
 * A case's documents, opened through the desk: who may open them (the people who may work the case),
 * the short-lived signed link from the exchange's back office ({@link io.casedesk.ledger.CustomerDocuments}),
 * the audit trail of every view, and the links on every task's form.
 */
package io.casedesk.documents;
