/**
 * Tables in files, for imports and exports: reading CSV (UTF-8 or GB18030, decided over
 * the whole file) and XLSX one row at a time, and writing either format as a stream.
 * Memory stays flat whatever the file's size; every value is handed over as text, so
 * codes and identity numbers keep their digits.
 */
package org.shejian.shared.tabular;
