package cn.baishan.enrollment.admission.seasons.adapter.out.messaging;

import cn.baishan.enrollment.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topic this service owns. */
@Configuration
class AdmissionTopicConfiguration {

    @Bean
    NewTopic admissionResultsTopic(
            @Value("${baishan.topics.partitions:3}") int partitions,
            @Value("${baishan.topics.replicas:1}") int replicas) {
        return TopicBuilder.name(Topics.ADMISSION_RESULTS)
                .partitions(partitions)
                .replicas(replicas)
                .build();
    }
}
