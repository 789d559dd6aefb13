/**
 * Residents' requests and opinions: the categories the city keeps and the services other
 * modules offer through {@link org.shejian.requests.RequestServiceSource}, requests
 * routed to the lowest level that can act and escalated when late, staff answers the
 * resident sees, the Open311 GeoReport v2 endpoint and the residents' pages. Its API is
 * this package; persistence and pages live in nested packages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Residents' requests")
package org.shejian.requests;
