package cn.baishan.enrollment.registration.notifications.adapter.in.messaging;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.core.JacksonException;

/**
 * The inbox consumers keep the outbox module's error policy (malformed → dead letter at once,
 * anything else retried with backoff, holding the partition) but dead-letter to a topic of their
 * own, {@code <topic>.registration-notifications-dlt}: the status updates read the same topics in
 * another group, and a person replaying a dead letter must know which consumer failed on it,
 * rather than find it twice in {@code <topic>-dlt}.
 */
@Configuration
class NotificationListenerConfiguration {

    static final String FACTORY = "notificationsListenerContainerFactory";
    static final String DLT_SUFFIX = ".registration-notifications-dlt";

    @Bean(FACTORY)
    ConcurrentKafkaListenerContainerFactory<Object, Object> notificationsListenerContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer,
            ConsumerFactory<Object, Object> consumerFactory,
            KafkaTemplate<String, String> kafka) {
        var factory = new ConcurrentKafkaListenerContainerFactory<Object, Object>();
        configurer.configure(factory, consumerFactory);
        // partition -1: the producer picks one, so the dead-letter topic needs no matching partition count
        var recoverer = new DeadLetterPublishingRecoverer(
                kafka, (record, e) -> new TopicPartition(record.topic() + DLT_SUFFIX, -1));
        var backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(JacksonException.class, IllegalArgumentException.class);
        factory.setCommonErrorHandler(handler);
        return factory;
    }
}
