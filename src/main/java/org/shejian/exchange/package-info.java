/**
 * Data exchange with the city's base databases: one import pipeline for CSV and XLSX
 * files into a resource of the catalogue (encoding from the whole file, headers by name,
 * every value through the data-element check, all-or-nothing or valid rows, a report of
 * rejected rows, idempotent batches that can be rolled back), ready-made definitions with
 * templates for the base databases, and background exports to CSV or XLSX.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data exchange")
package org.shejian.exchange;
