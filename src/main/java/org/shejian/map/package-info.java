/**
 * The social-services map: layers (one nested taxonomy), entries of three kinds (map
 * items, service items with their guides, policies) collected by communities, streets and
 * districts and passed up one review workflow to the level that publishes them, and the
 * published copies the public reads. {@link org.shejian.map.MapEntries} is what other
 * modules use; {@link org.shejian.map.EntryPublished} and
 * {@link org.shejian.map.EntryWithdrawn} announce changes of the public copy after
 * commit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Social-services map")
package org.shejian.map;
