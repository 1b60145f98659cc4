package cn.baishan.enrollment.verification.verifications.adapter.out.messaging;

import cn.baishan.enrollment.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topic this service owns. */
@Configuration
class TopicConfiguration {

    @Bean
    NewTopic verificationsTopic(
            @Value("${baishan.topics.partitions:3}") int partitions,
            @Value("${baishan.topics.replicas:1}") int replicas) {
        return TopicBuilder.name(Topics.VERIFICATION_VERIFICATIONS)
                .partitions(partitions)
                .replicas(replicas)
                .build();
    }
}
