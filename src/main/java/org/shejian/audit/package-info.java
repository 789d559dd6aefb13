/**
 * The audit log: every login and every write, who did it, in which unit, what changed
 * (before and after), when and from where. Records are appended only and chained by hash,
 * so that a changed or removed record shows as the first broken link.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.shejian.audit;
