/**
 * Commercial buildings and social organisations attached to the tree, read and changed
 * within the actor's scope; other modules (the websites of buildings and organisations)
 * look them up through {@link org.shejian.organisation.attached.AttachedOrganisations}.
 */
@org.springframework.modulith.NamedInterface("attached")
package org.shejian.organisation.attached;
