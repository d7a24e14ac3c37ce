from django.apps import AppConfig


class YearsConfig(AppConfig):
    name = "jixiao.web.years"
    label = "years"
    verbose_name = "年度与框架"
