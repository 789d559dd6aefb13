package org.shejian.organisation.divisions;

import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the division import.
 *
 * @param loadOnEmpty whether the first start with an empty database loads the shipped
 * files
 * @param initialProvince which province the first start loads
 * @param shippedEdition the edition date of the shipped files
 */
@ConfigurationProperties("shejian.divisions")
public record DivisionProperties(@DefaultValue("true") boolean loadOnEmpty, @DefaultValue("11") String initialProvince,
		@DefaultValue("2023-06-30") LocalDate shippedEdition) {
}
