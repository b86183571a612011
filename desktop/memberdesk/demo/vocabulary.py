"""The words a demo store is made of: names, sizes, goods, reasons, complaints."""

from __future__ import annotations

# Surnames with rough relative frequencies (the common ones dominate), including
# polyphonic surnames (单 Shan, 曾 Zeng, 解 Xie, 仇 Qiu, 区 Ou) and compound ones.
SURNAMES: tuple[tuple[str, float], ...] = (
    ("王", 7.1),
    ("李", 7.0),
    ("张", 6.7),
    ("刘", 5.4),
    ("陈", 4.5),
    ("杨", 3.1),
    ("黄", 2.2),
    ("赵", 2.0),
    ("吴", 1.9),
    ("周", 1.9),
    ("徐", 1.4),
    ("孙", 1.4),
    ("马", 1.2),
    ("朱", 1.2),
    ("胡", 1.1),
    ("郭", 1.1),
    ("何", 1.0),
    ("林", 1.0),
    ("高", 1.0),
    ("罗", 0.9),
    ("郑", 0.9),
    ("梁", 0.8),
    ("谢", 0.7),
    ("宋", 0.7),
    ("唐", 0.7),
    ("许", 0.6),
    ("韩", 0.6),
    ("冯", 0.6),
    ("邓", 0.6),
    ("曹", 0.5),
    ("彭", 0.5),
    ("萧", 0.5),
    ("田", 0.5),
    ("董", 0.5),
    ("潘", 0.4),
    ("袁", 0.4),
    ("蔡", 0.4),
    ("蒋", 0.4),
    ("余", 0.4),
    ("于", 0.4),
    ("杜", 0.4),
    ("叶", 0.4),
    ("程", 0.4),
    ("魏", 0.3),
    ("苏", 0.3),
    ("吕", 0.3),
    ("丁", 0.3),
    ("任", 0.3),
    ("沈", 0.3),
    ("姚", 0.3),
    ("卢", 0.3),
    ("姜", 0.3),
    ("崔", 0.3),
    ("钟", 0.3),
    ("谭", 0.2),
    ("陆", 0.2),
    ("汪", 0.2),
    ("范", 0.2),
    ("金", 0.2),
    ("石", 0.2),
    ("廖", 0.2),
    ("贾", 0.2),
    ("夏", 0.2),
    ("韦", 0.2),
    ("方", 0.2),
    ("白", 0.2),
    ("邹", 0.2),
    ("孟", 0.2),
    ("熊", 0.2),
    ("秦", 0.2),
    ("曾", 0.5),
    ("单", 0.1),
    ("解", 0.05),
    ("仇", 0.05),
    ("区", 0.05),
    ("查", 0.05),
    ("翟", 0.05),
    ("乐", 0.03),
    ("欧阳", 0.05),
    ("司马", 0.02),
    ("上官", 0.02),
    ("诸葛", 0.01),
)

GIVEN_FEMALE = "芳娜敏静丽艳娟霞秀英华慧巧美婷雪琳晶颖倩洁玲燕红梅兰月莉萍佳欣怡悦雅琪涵萱瑶婉蕾"
GIVEN_MALE = "伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林阳晨博文轩昊睿"
GIVEN_NEUTRAL = "子梓一若思可晓小佳安文嘉雨欣"
# Nicknames parents give at the counter ("" = none given); a second child of the same name is 二宝.
CHILD_NICKNAMES_GIRL = ("朵朵", "糖糖", "甜甜", "妞妞", "果果", "乐乐", "", "", "")
CHILD_NICKNAMES_BOY = ("豆豆", "天天", "壮壮", "乐乐", "果果", "小宝", "", "", "")

SKIN_TYPES = ("干性", "油性", "混合性", "中性", "敏感性")
HAIR_TYPES = ("直发", "卷发", "细软", "粗硬", "烫染受损")
HAIR_TYPES_MEN = ("直发", "细软", "粗硬")
# Occupations of people at work, with a rough share for women and for men; the young start
# in the first few, the professions that need a degree come later.
OCCUPATIONS_AT_WORK: tuple[tuple[str, int, int], ...] = (
    ("销售", 12, 12),
    ("自由职业", 10, 12),
    ("设计师", 7, 6),
    ("护士", 8, 1),
    ("教师", 12, 6),
    ("医生", 6, 6),
    ("公务员", 9, 10),
    ("会计", 10, 4),
    ("工程师", 5, 16),
    ("", 8, 8),
)
FIRST_JOBS = ("销售", "自由职业", "设计师", "护士", "")
STUDENT = "学生"
RETIRED = "退休"
TEACHER = "教师"
HOBBIES = ("瑜伽", "跑步", "旅游", "烘焙", "摄影", "读书", "广场舞", "游泳", "追剧", "")
SQUARE_DANCE = "广场舞"  # the pastime of women past forty-five
ETHNICITIES = ("汉族",) * 9 + ("回族", "满族", "壮族", "蒙古族")
RELIGIONS = ("无",) * 6 + ("佛教", "基督教", "伊斯兰教")
INCOME_BANDS = ("5千以下", "5千-1万", "1万-2万", "2万以上")
PARTNERS = ("bank", "mobile", "gym", "hotel", "other")
# Target groups (特别客群) and how many members each brought.
TARGET_GROUPS = ("community", "family", "students", "teachers", "partner_business")
TARGET_GROUP_WEIGHTS = (30, 25, 20, 12, 13)

# Why goods come back, by return type and by the kind of goods (none: that type does not
# happen to such goods).
RETURN_GOODS = {"鞋": "shoes", "化妆品": "cosmetics", "配饰": "accessories"}  # anything else: clothes
RETURN_REASONS: dict[str, dict[str, tuple[str, ...]]] = {
    "quality": {
        "clothes": ("开线了", "洗一次就掉色", "拉链坏了", "面料起球严重"),
        "shoes": ("鞋底开胶", "鞋面开裂", "鞋跟松动"),
        "cosmetics": ("包装漏液", "临近保质期"),
        "accessories": ("五金件掉色", "走线不齐"),
    },
    "size_fit": {
        "clothes": ("尺码偏小", "尺码偏大", "版型不合身"),
        "shoes": ("鞋子挤脚", "尺码偏大", "磨脚"),
    },
    "colour_style": {
        "clothes": ("颜色和图片不一样", "款式不适合", "家人不喜欢这个颜色"),
        "shoes": ("颜色和图片不一样", "款式不适合"),
        "cosmetics": ("色号不适合", "颜色和图片不一样"),
        "accessories": ("颜色和图片不一样", "款式不适合"),
    },
    "changed_mind": {
        k: ("不想要了", "买重复了", "冲动消费") for k in ("clothes", "shoes", "cosmetics", "accessories")
    },
    "transit_damage": {
        k: ("快递送到时包装破损", "配送途中压坏了") for k in ("clothes", "shoes", "cosmetics", "accessories")
    },
    "other": {
        "clothes": ("送人不合适",),
        "shoes": ("送人不合适",),
        "cosmetics": ("用了过敏",),
        "accessories": ("送人不合适",),
    },
}
RETURN_TYPE_WEIGHTS = {
    "quality": 25,
    "size_fit": 35,
    "colour_style": 15,
    "changed_mind": 15,
    "transit_damage": 4,
    "other": 6,
}

COMPLAINTS = {
    "product_quality": ("买的外套穿了一周就开线", "面霜用了过敏", "鞋子穿两天鞋跟掉了"),
    "service_attitude": ("店员爱理不理，问了三遍才有人回答", "试衣时店员不耐烦", "收银员态度生硬"),
    "price": ("同款在别的商场便宜100元", "会员价没有按时生效", "促销说打八折结账却按原价"),
    "environment": ("试衣间太少，排队很久", "店里空调太冷", "地面湿滑差点摔倒"),
    "waiting": ("结账排队二十分钟", "改裤脚等了一周还没好"),
    "after_sales": ("答应三天修好的鞋一周了还没修", "上门安装迟到两小时"),
    "other": ("停车场收费不合理", "会员积分没有到账"),
}
COMPLAINT_REQUESTS = ("希望退换", "希望道歉", "希望赔偿", "希望尽快处理", "只是反映一下问题")
RESOLUTIONS = (
    "为顾客办理了换货并致歉",
    "退还差价并赠送积分",
    "向顾客道歉并对店员进行培训",
    "免费维修并赠送小礼品",
)
SUGGESTIONS = (
    "希望增加大码女装",
    "试衣间可以多放几个挂钩",
    "希望周末多开一个收银台",
    "会员日能不能改到周末",
    "希望有儿童游乐区",
    "新品到店能不能短信通知",
)
VISIT_COMMENTS = ("店员很热情", "试衣间太挤", "结账很快", "推荐的尺码很合适", "", "", "")
