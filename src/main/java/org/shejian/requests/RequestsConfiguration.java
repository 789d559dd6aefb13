package org.shejian.requests;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on the scheduler that runs {@link RequestEscalation}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RequestsConfiguration {

}
