package cn.baishan.enrollment.verification.audit.adapter.out.messaging;

import cn.baishan.enrollment.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topic of audited queries, owned by this service. */
@Configuration
class AuditTopicConfiguration {

    @Bean
    NewTopic partnerQueriesTopic(
            @Value("${baishan.topics.partitions:3}") int partitions,
            @Value("${baishan.topics.replicas:1}") int replicas) {
        return TopicBuilder.name(Topics.VERIFICATION_PARTNER_QUERIES)
                .partitions(partitions)
                .replicas(replicas)
                .build();
    }
}
