/**
 * Shared kernel: the few types every module speaks (the acting user, problems with
 * message keys, text and date normalisation of outside input, command-line commands), and
 * in {@code geo} points in China and their coordinate systems, in {@code tabular} the
 * reading and writing of CSV and XLSX files, and in {@code search} Chinese full-text
 * indexes.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.shejian.shared;
