package org.shejian.organisation;

import org.shejian.shared.Actor;
import org.shejian.shared.Problem;

import org.springframework.stereotype.Component;

/**
 * The data scope the tree defines: a user acts on their unit and everything below it,
 * nothing else. Checked on every read and write of scoped data, including unit ids
 * carried in bodies.
 */
@Component
public class UnitScope {

	private final Units units;

	UnitScope(Units units) {
		this.units = units;
	}

	/** Whether the unit lies in the actor's subtree. */
	public boolean covers(Actor actor, long unitId) {
		return this.units.isWithin(unitId, actor.unitId());
	}

	/**
	 * @throws Problem (403) naming the unit when it lies outside the actor's subtree
	 */
	public void check(Actor actor, long unitId) {
		if (!covers(actor, unitId)) {
			throw Problem.forbidden("scope.outside", UnitCode.ofId(unitId).code());
		}
	}

}
