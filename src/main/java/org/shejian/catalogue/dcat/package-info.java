/**
 * The catalogue's DCAT-AP 3.0.1 export: plain records describing a catalogue, its
 * datasets and their distributions, an exporter that turns them into RDF (Turtle,
 * JSON-LD), and a check of the result against the DCAT-AP SHACL shapes shipped in
 * {@code src/main/resources/dcat-ap-3.0.1}.
 */
package org.shejian.catalogue.dcat;
