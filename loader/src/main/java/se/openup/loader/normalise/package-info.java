/**
 * Pure, allocation-light parsing of the cell values of a purchase ledger: organisation numbers, supplier ids,
 * amounts, dates and names. Everything here runs on every row of million-row files, so the common path uses plain
 * char loops and never throws; a value that cannot be read throws a {@link se.openup.loader.normalise.NormaliseException}
 * (stack-less) whose message is a reason fit for a rejected-row report.
 */
package se.openup.loader.normalise;
