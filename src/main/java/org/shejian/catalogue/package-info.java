/**
 * The information-resource catalogue: resources with the core metadata of GB/T 21063.3,
 * items bound to data elements, the classification tree, groupings, review before
 * publication and versions; the rows of each resource, served by a read API within the
 * reader's scope and the resource's share type, with access grants and keys for
 * conditionally shared resources; and a DCAT-AP 3 export of the published catalogue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Information-resource catalogue")
package org.shejian.catalogue;
