/**
 * Accounts and access: users belong to a unit and act on its subtree; roles, passwords,
 * lockout, the separated duties of graded protection, and the web security of the
 * platform.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts and access")
package org.shejian.account;
