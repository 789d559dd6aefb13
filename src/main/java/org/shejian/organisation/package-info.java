/**
 * The organisation registry: the tree of division units on the national statistical codes
 * (city, district, township level, village level), with commercial buildings and social
 * organisations attached to it, and the data scope that the tree defines. Its API is this
 * package; imports, persistence and pages live in nested packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation registry")
package org.shejian.organisation;
