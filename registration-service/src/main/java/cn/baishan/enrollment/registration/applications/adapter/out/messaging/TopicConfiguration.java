package cn.baishan.enrollment.registration.applications.adapter.out.messaging;

import cn.baishan.enrollment.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topic this service owns; partitions spread applications by id, replicas set per environment. */
@Configuration
class TopicConfiguration {

    @Bean
    NewTopic applicationsTopic(
            @Value("${baishan.topics.partitions:3}") int partitions,
            @Value("${baishan.topics.replicas:1}") int replicas) {
        return TopicBuilder.name(Topics.REGISTRATION_APPLICATIONS)
                .partitions(partitions)
                .replicas(replicas)
                .build();
    }
}
