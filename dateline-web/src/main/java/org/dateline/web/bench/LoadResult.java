package org.dateline.web.bench;

import java.util.List;

/**
 * What a load test measured (after its warm-up).
 *
 * @param clients      client threads
 * @param seconds      how long they sent requests
 * @param requests     requests completed
 * @param errors       requests that failed: a status other than 2xx, or no response (an exception)
 * @param perSecond    requests per second
 * @param p50Ms        median latency, milliseconds (each request from sending to the whole body received)
 * @param p95Ms        95th percentile
 * @param p99Ms        99th percentile
 * @param maxMs        the slowest
 * @param errorSamples the first few distinct errors, for people
 */
public record LoadResult(int clients, double seconds, long requests, long errors, double perSecond, double p50Ms,
                         double p95Ms, double p99Ms, double maxMs, List<String> errorSamples) {
    public LoadResult {
        errorSamples = List.copyOf(errorSamples);
    }
}
