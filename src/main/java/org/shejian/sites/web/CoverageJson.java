package org.shejian.sites.web;

import java.time.Instant;
import java.util.List;

import org.shejian.sites.SiteCoverage;

/**
 * The coverage report as the API and the charts read it: percentages computed, the unit
 * by code and name.
 */
record CoverageJson(String unit, String name, Instant at, List<LineJson> lines, LineJson total) {

	record LineJson(String code, String name, long communities, long liveCommunities, double communityPercent,
			long villages, long liveVillages, double villagePercent, long buildings, long liveBuildings,
			double buildingPercent, long socialOrganisations, long liveSocialOrganisations,
			double socialOrganisationPercent, long liveSites, long updated30, long updated90, long serviceItems,
			double serviceItemsPerCommunity, boolean communityGoalMet, boolean buildingGoalMet) {

		static LineJson of(SiteCoverage.Line line) {
			return new LineJson(line.code(), line.name(), line.communities(), line.liveCommunities(),
					line.communityPercent(), line.villages(), line.liveVillages(), line.villagePercent(),
					line.buildings(), line.liveBuildings(), line.buildingPercent(), line.socialOrganisations(),
					line.liveSocialOrganisations(), line.socialOrganisationPercent(), line.liveSites(),
					line.updated30(), line.updated90(), line.serviceItems(), line.serviceItemsPerCommunity(),
					line.meetsCommunityGoal(), line.meetsBuildingGoal());
		}

	}

	static CoverageJson of(SiteCoverage.Report report) {
		return new CoverageJson(report.unit().code(), report.unit().shortName(), report.at(),
				report.lines().stream().map(LineJson::of).toList(), LineJson.of(report.total()));
	}

}
