/**
 * The yearly public appraisal of the websites: campaigns per site category and year,
 * voters who prove a mobile number by a one-time code, secret ballots, results ranked by
 * a lower bound, and the plaques "公众满意网站" that must be defended every year. Sites come
 * through {@link org.shejian.appraisal.AppraisalSubjects}; the websites module reads
 * plaques through {@link org.shejian.appraisal.Plaques}. Its API is this package;
 * persistence and pages live in nested packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public appraisal")
package org.shejian.appraisal;
